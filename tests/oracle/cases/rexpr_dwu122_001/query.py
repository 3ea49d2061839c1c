from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("map_zip_with(map('a', i, 'b', 2), map('a', 10, 'c', i), (k, v1, v2) -> coalesce(v1, 0) + coalesce(v2, 0))")).withColumn("c2", expr("array_sort(array(mask(hex(try_to_binary(char(5), 'base64'))), char(CAST(datepart('DAYOFWEEK', add_months(to_date('2024-02-29'), i)) AS BIGINT) + 256), 'b'), (l, r) -> CASE WHEN length(l) < length(r) THEN -1 WHEN length(l) > length(r) THEN 1 ELSE 0 END)")).withColumn("i", expr("int(power(i % 4, 2))")).select("id", "c1", "c2").filter((col("d") > lit(-1.5)))
OUTPUT_MODE = "append"
