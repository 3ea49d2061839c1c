spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, j INT, n DECIMAL(5,3), t STRING, m DECIMAL(38,10), d DOUBLE, ts TIMESTAMP, b BOOLEAN, dt DATE, i INT").json(INPUT)
result = df.withColumn("c1", F.coalesce((col("i") + (col("id") - lit(1000).cast("bigint"))), lit(1000).cast("bigint"))).withColumn("c2", expr("(12.345 <= CAST('NaN' AS DOUBLE))")).withColumn("c3", expr("nullif(m, 99.99)")).withColumn("c4", F.crc32(col("s")))
OUTPUT_MODE = "append"
