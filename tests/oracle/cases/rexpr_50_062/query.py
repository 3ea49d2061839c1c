from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("upper(rpad('a', 0, '*'))").alias("c1"), F.floor(col("m")).alias("c2"), F.coalesce(col("m"), lit(100).cast("decimal(3,0)")).alias("c3"), expr("(isnan(d) AND (s RLIKE '[0-9]+')) AS c4"), expr("(1.25 <=> id)").alias("c5"))
OUTPUT_MODE = "append"
