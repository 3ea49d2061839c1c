from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "m", expr("array_sort(array(s, s, 'b'), (l, r) -> CASE WHEN length(l) < length(r) THEN -1 WHEN length(l) > length(r) THEN 1 ELSE 0 END)").alias("c1"), expr("posexplode_outer(map(octet_length(s), s))"), expr("regexp_extract_all(md5(monthname(least(TIMESTAMP'2024-03-01 12:30:00.123456', ts, TIMESTAMP'1999-12-31 23:59:59.999'))), '[0-9]+', 0) AS c3"), expr("(ts > TIMESTAMP'2024-03-01 12:30:00.123456')"))
OUTPUT_MODE = "append"
