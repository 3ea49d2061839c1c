spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("array_position(array(i, 1, 7), 7)")).withColumn("c2", F.array_intersect(F.array(col("i"), col("i"), lit(None), lit(1)), F.array(lit(1), lit(None), col("i")))).withColumn("c3", (col("n") + col("n"))).withColumn("c4", F.to_date(lit("2000-01-01")))
OUTPUT_MODE = "append"
