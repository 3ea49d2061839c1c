spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("f", expr("months_between(to_date('2024-02-29'), timestamp_seconds(greatest(2, i, i)))")).withColumn("c2", F.radians((col("f") * col("id")))).withColumn("c3", (col("dt") >= F.to_date(lit("2000-01-01")))).withColumn("c4", col("d")).select("id", "c2", "c3", "c4").where((col("c3") | col("c3").isNull()))
OUTPUT_MODE = "append"
