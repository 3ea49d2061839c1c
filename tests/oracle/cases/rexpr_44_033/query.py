from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((trim(s) ILIKE '_') OR (id <> 3L))").select("id", "j", expr("right(concat(s, s, CAST(m AS STRING)), 1)"), F.greatest(F.months_between(col("dt"), col("dt")), F.round(col("d"), 1), col("d")).alias("c2"))
OUTPUT_MODE = "append"
