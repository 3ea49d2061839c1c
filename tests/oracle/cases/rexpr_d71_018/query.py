from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.trim(col("t")).alias("k1")).agg(expr("(max(sign((f - f))) - min(sign((f - f)))) AS a1"), expr("max(CAST(TRY_CAST(' ' AS INT) AS STRING)) AS a2"), expr("count(m) AS a3"))
OUTPUT_MODE = "update"
