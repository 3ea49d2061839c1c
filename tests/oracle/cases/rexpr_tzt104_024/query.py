spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(38,10), k BIGINT, i INT, ts TIMESTAMP, n DECIMAL(20,0), s STRING, d DOUBLE, dt DATE, t STRING").json(INPUT)
result = df.withColumn("c1", (col("i") < col("d"))).withColumn("c2", expr("(n * 99.99)")).withColumn("c3", (lit(-1) / F.nullif(col("d"), lit(0)))).drop("m", "k", "i", "s", "d", "dt", "t")
OUTPUT_MODE = "append"
