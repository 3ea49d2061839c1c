from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(dt IS NOT NULL)").select("id", expr("least(add_months(dt, i), trunc(dt, 'YEAR'))").alias("c1"), (col("k") == col("d")).alias("c2"), F.aggregate(F.split(lit(2.0).cast("string"), " "), lit(0), lambda acc, x: acc + F.length(x)))
OUTPUT_MODE = "append"
