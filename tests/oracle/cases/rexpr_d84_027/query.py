from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(((col("ts") > col("dt")) | col("id").isNotNull())).groupBy("s", "i").agg(F.datediff(F.max(col("dt")), F.min(col("dt"))).alias("a1"), expr("count_if((i <=> 7)) AS a2"), (F.max(F.isnan((col("d") + col("d"))).cast("int")) - F.min(F.isnan((col("d") + col("d"))).cast("int"))).alias("a3"))
OUTPUT_MODE = "complete"
