from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "j", F.concat(col("s"), col("s")), expr("(hypot(d, f) * f) AS c2"), F.date_trunc("SECOND", col("ts")), expr("try_to_date(s) AS c4"), expr("CASE b WHEN false THEN dt ELSE dt END AS c5")).filter(((lit("2024-02-29") > col("s")) | (col("f") < lit(0.1))))
OUTPUT_MODE = "append"
