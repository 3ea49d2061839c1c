from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", ((col("i") * lit(1)) - F.nullif(col("i"), lit(3)))).withColumn("c2", (col("ts") + expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND"))).withColumn("c3", expr("sqrt(CASE (s ILIKE '%e') WHEN true THEN 3.75D END)")).select("id", "c1", "c2", "c3").filter("(d = 100.0D)")
OUTPUT_MODE = "append"
