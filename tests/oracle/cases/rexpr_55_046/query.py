from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("i AS k1")).agg(expr("(max(i) - min(i)) AS a1"), expr("max(s) AS a2"), expr("round(avg(f), 0) AS a3")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
