from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "round(m)", "least(id, ((i + id) * 5), id) AS c2", "date_trunc('MINUTE', ts)", "date_trunc('WEEK', date_trunc('SECOND', timestamp_seconds(coalesce(-1, 1)))) AS c4", "crc32(rpad(CAST(id AS STRING), 0, 'é')) AS c5")
OUTPUT_MODE = "append"
