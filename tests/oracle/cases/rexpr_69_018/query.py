from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, s STRING, ts TIMESTAMP, j INT, t STRING, b BOOLEAN, n DECIMAL(4,1), d DOUBLE, i INT, m DECIMAL(18,6)").load(INPUT)
result = df.groupBy(expr("(id / nullif(pow(d, 3), 0)) AS k1"), expr("(d * octet_length(s)) AS k2")).agg(expr("sum(m) AS a1"), F.count_if((col("b") == lit(False))).alias("a2"), F.min(col("ts")).alias("a3")).orderBy("k1", "k2")
OUTPUT_MODE = "complete"
ORDERED = True
