from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.when(col("s").isNotNull(), col("t")).when(col("b"), F.left(col("t"), lit(1))).otherwise(col("t")).alias("c1"), expr("trunc(dt, 'MM') AS c2"), expr("nvl(ts, TIMESTAMP'1999-12-31 23:59:59.999') AS c3"), expr("(NOT b)")).where("(isnan(sqrt(d)) OR (t IS NULL))")
OUTPUT_MODE = "append"
