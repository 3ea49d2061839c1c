from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("TRY_CAST(id AS INT) AS k1"), expr("try_element_at(split(s, ','), 1) AS k2")).agg(expr("round(avg(CAST((s < 'é') AS DOUBLE)), 3) AS a1"), expr("(max(d) - min(d)) AS a2"), F.round(F.avg(col("d")), 3).alias("a3"))
OUTPUT_MODE = "update"
