from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(greatest(99.99, n, m) * m) AS c1"), expr("(id DIV nullif(i, 0))").alias("c2"), expr("(abs(month(dt)) <=> try_divide(i, (1 + i))) AS c3")).where("(b OR (i <= -1))")
OUTPUT_MODE = "append"
