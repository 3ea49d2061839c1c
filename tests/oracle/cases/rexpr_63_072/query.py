from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((F.isnull((col("id") - lit(-1))) | (col("s") == lit("2024-02-29")))).groupBy("s", expr("CAST(id AS BOOLEAN) AS k2")).agg(expr("max((id % nullif(i, 0))) AS a1"), F.avg((F.length(col("s")) % F.nullif((col("i") * lit(10)), lit(0)))).alias("a2"))
OUTPUT_MODE = "update"
