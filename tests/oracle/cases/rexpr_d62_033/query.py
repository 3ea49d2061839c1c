from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, j INT, n DECIMAL(4,1), dt DATE, s STRING, m DECIMAL(12,4), i INT, d DOUBLE, ts TIMESTAMP").load(INPUT)
result = df.filter((~F.coalesce(col("s").rlike("o$"), lit(False)))).groupBy(expr("j AS k1")).agg((F.max(col("j").isNotNull().cast("int")) - F.min(col("j").isNotNull().cast("int"))).alias("a1"), (F.max((col("m") * col("n"))) - F.min((col("m") * col("n")))).alias("a2"), expr("(max((3 + d)) - min((3 + d))) AS a3"))
OUTPUT_MODE = "update"
