from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((~col("b"))).selectExpr("nvl(CAST(TIMESTAMP_NTZ'2024-02-29 23:59:59.999999' + INTERVAL '2 01' DAY TO HOUR AS STRING), 'x-y') AS c1", "date_trunc('SECOND', (ts + (ts - ts))) AS c2", "md5('é') AS c3", "(nullif(id, 1000L) + (10 * i))")
OUTPUT_MODE = "append"
