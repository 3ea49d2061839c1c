from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, b BOOLEAN, m DECIMAL(10,2), t STRING, j INT, dt DATE, i INT, s STRING, d DOUBLE").load(INPUT)
result = df.filter("((pmod(i, nullif(j, 0)) IN (10, 3)) OR (ts IS NULL))").selectExpr("bround((d + m), -1) AS c1", "(i % nullif(i, 0)) AS c2", "(m <> j) AS c3", "coalesce(bround(((-3.10 / nullif(i, 0)) * i), 2), 0.5) AS c4").filter("((c1 <= c2) OR (c4 <= 1.25))")
OUTPUT_MODE = "append"
