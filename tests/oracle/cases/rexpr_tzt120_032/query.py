spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("crc32(array_join(split(CAST(i AS STRING), '-'), '/'))")).withColumn("c2", expr("CAST(CASE WHEN (n < 12.345) THEN (b OR b) WHEN (dt IS NULL) THEN TRY_CAST('Hello' AS BOOLEAN) ELSE b END AS BIGINT)"))
OUTPUT_MODE = "append"
