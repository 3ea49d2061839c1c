spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, j INT, dt DATE, f FLOAT, s STRING, b BOOLEAN, d DOUBLE, t STRING, ts TIMESTAMP, i INT, m DECIMAL(38,10)").load(INPUT)
result = df.select("id", "j", (-((col("d") - col("i")) - col("i"))).alias("c1"), (F.when(col("b"), expr("(1000L DIV 10)")) * F.when(col("b"), col("d")).otherwise(col("f"))).alias("c2"))
OUTPUT_MODE = "append"
