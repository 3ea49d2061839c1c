from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(if(startswith(t, 'o'), greatest(d, d), pow(i, -1)) BETWEEN 2.0D AND -1.5D)").alias("c1"), expr("(n <= id) AS c2"), F.greatest(col("id"), (lit(-1) * lit(3).cast("bigint"))).alias("c3"), (-F.ceil(col("m"))).alias("c4")).filter("coalesce(contains(t, 'é'), true)")
OUTPUT_MODE = "append"
