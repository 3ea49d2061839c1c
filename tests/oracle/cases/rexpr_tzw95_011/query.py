spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, n DECIMAL(20,0), ts TIMESTAMP, m DECIMAL(10,2), t STRING, s STRING, d DOUBLE, j INT, i INT, b BOOLEAN").json(INPUT)
result = df.select("id", F.date_sub(F.next_day(F.add_months(col("ts").cast("date"), (lit(0) * col("i"))), "fri"), lit(2)).alias("c1"), F.contains(F.concat(lit("42"), col("t")), lit("H")).alias("c2"), F.locate("l", F.rtrim(F.from_unixtime(col("id"))), 1).alias("c3"), (col("i") + (col("i") - col("i"))).alias("c4")).filter("coalesce(((t < '日本') AND b), true)")
OUTPUT_MODE = "append"
