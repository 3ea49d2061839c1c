from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, i INT, ts TIMESTAMP, t STRING, d DOUBLE, m DECIMAL(18,6), b BOOLEAN, j INT, dt DATE, n DECIMAL(4,1)").json(INPUT)
result = df.filter("((t = s) OR (j > 3))").select("id", expr("(0.1D * (n * nullif(i, 3)))").alias("c1"), expr("nullif(t, 'abc') AS c2")).where("(id IS NOT NULL)")
OUTPUT_MODE = "append"
