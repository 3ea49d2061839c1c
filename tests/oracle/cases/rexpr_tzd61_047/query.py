spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", (col("ts") + lit(1))).withColumn("c2", (col("m") - col("m"))).withColumn("c3", F.when((col("ts") != F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), F.bround(col("d"), -1)).when(col("ts").isNotNull(), col("d")).otherwise((col("d") * (col("i") - col("i"))))).withColumn("c4", expr("try_to_date(s)")).select("id", "c1", "c2", "c3", "c4").filter((((col("c3") != lit(0.1)) | (col("id") > lit(-2).cast("bigint"))) | (col("id") > lit(1000).cast("bigint"))))
OUTPUT_MODE = "append"
