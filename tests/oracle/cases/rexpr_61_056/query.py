from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(i IS NOT NULL)").withColumn("c1", expr("greatest(-3.10, m, m)")).withColumn("dt", F.add_months((F.to_date(lit("2024-02-29")) - expr("INTERVAL 1 MONTH")), col("i"))).select("id", "c1")
OUTPUT_MODE = "append"
