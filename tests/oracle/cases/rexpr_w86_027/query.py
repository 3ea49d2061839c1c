from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, j INT, t STRING, m DECIMAL(10,2), d DOUBLE, s STRING, n DECIMAL(9,5), dt DATE, b BOOLEAN, ts TIMESTAMP, i INT").json(INPUT)
result = df.select("id", expr("round((m / nullif(least(0.5, n, -3.10), 0)), 0)").alias("c1"), F.when(col("b"), col("b")).when(col("i").isNotNull(), col("id").isNotNull()), expr("TRY_CAST(d AS INT) AS c3"), expr("translate(named_struct('p', s, 'q', s).q, ' ', '_')").alias("c4"), F.size(F.split(col("b").cast("string"), "  *"))).where("(b OR (ts < TIMESTAMP'1999-12-31 23:59:59.999'))")
OUTPUT_MODE = "append"
