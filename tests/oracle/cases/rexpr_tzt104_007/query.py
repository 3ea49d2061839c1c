spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(f <= 0.1D)").select("id", (col("id") % lit(10)).alias("c1"), F.instr(col("s"), " ").isin(lit(1), lit(5), lit(2)).alias("c2"), (col("b") + lit(1)).alias("c3")).filter("(d IS NOT NULL)")
OUTPUT_MODE = "append"
