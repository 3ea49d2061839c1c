from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.zeroifnull((lit(2) * expr("xpath_short('<a><b>7</b><b>' || 3 || '</b></a>', 'sum(a/b)')")))).withColumn("c2", expr("cosh(asin(-1.5D / 1000) / 100)")).withColumn("c3", expr("array_sort(array(CAST(to_timestamp_ltz(date_format(TIMESTAMP'2024-03-01 12:30:00.123456', 'yyyy-MM-dd'), 'yyyy-MM-dd') AS STRING), CAST(unbase64(base64(s)) AS STRING), 'b'), (l, r) -> CASE WHEN length(l) < length(r) THEN -1 WHEN length(l) > length(r) THEN 1 ELSE 0 END)"))
OUTPUT_MODE = "append"
