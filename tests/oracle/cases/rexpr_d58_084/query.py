from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(d IS NOT NULL)").groupBy(F.dayofweek(col("dt")).alias("k1"), "t").agg((F.max(col("d")) - F.min(col("d"))).alias("a1"), F.round(F.avg(col("m")), 3).alias("a2"), F.count_if(lit(" ").endswith("H")).alias("a3"), expr("(max((m + i)) - min((m + i))) AS a4")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
