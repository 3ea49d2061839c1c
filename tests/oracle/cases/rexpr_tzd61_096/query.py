spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(d = 2.0D)").groupBy("i").agg(F.sum(F.when(F.isnull((col("dt") < F.to_date(lit("2024-02-29")))), col("m")).otherwise(lit(0))).alias("a1"), (F.max(col("f")) - F.min(col("f"))).alias("a2"))
OUTPUT_MODE = "update"
