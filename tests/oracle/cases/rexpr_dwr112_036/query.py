from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("t").ilike("_") | col("b").isNull())).groupBy("i").agg(expr("sort_array(collect_list(i)) AS a1"), expr("round(covar_pop(2, i), 6)").alias("a2"), expr("round(regr_avgx(5, i), 6) AS a3"), expr("round(product(i % 4), 3)").alias("a4")).orderBy("i")
OUTPUT_MODE = "complete"
ORDERED = True
