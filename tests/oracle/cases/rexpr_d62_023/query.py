from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("b", expr("(j IN (10))")).withColumn("c2", expr("CASE WHEN isnan(try_subtract(d, d)) THEN ts ELSE date_trunc('SECOND', ts) END")).withColumn("c3", ((col("n") / expr("3.5")) / F.nullif(F.abs(col("n")), lit(0)))).where("(((m IS NOT NULL) IS NULL) OR (s IS NOT NULL))")
OUTPUT_MODE = "append"
