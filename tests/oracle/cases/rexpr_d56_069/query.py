from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, i INT, d DOUBLE, b BOOLEAN, ts TIMESTAMP, s STRING, t STRING, m DECIMAL(38,10)").load(INPUT)
result = df.filter(((~(col("dt") != F.to_date(lit("2000-01-01")))) | col("t").isNotNull())).select("id", expr("abs((m / nullif(m, 0))) AS c1"), expr("CAST(CAST((dt IS NULL) AS INT) AS BIGINT) AS c2"), F.when(col("b"), F.concat(col("t"), col("s"), col("t"))).when(col("b"), col("s")).when(col("s").endswith("a"), F.datediff(col("dt"), col("dt")).cast("string")).otherwise(F.trim(col("s"))).alias("c3")).filter("coalesce((size(split(c3, ' ')) < c2), true)")
OUTPUT_MODE = "append"
