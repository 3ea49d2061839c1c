spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(isnull(t) OR (ts <> TIMESTAMP'2024-03-01 12:30:00.123456'))").withColumn("c1", F.to_timestamp(lit("2024-02-29 00:00:00")).cast("string")).withColumn("c2", F.nullif(col("d"), lit(0.001)).isNull().cast("double")).withColumn("c3", (col("m") != lit(0)).cast("double")).withColumn("c4", expr("round(hypot(i, 0.001D))")).drop("i", "d", "s", "dt")
OUTPUT_MODE = "append"
