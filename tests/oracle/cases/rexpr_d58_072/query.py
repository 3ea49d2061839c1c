from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, f FLOAT, dt DATE, m DECIMAL(7,0), b BOOLEAN, t STRING, j INT, i INT, k BIGINT, ts TIMESTAMP, d DOUBLE").json(INPUT)
result = df.select("id", col("t").try_cast("timestamp").alias("c1"), expr("CAST(((i * -1) - try_subtract(j, (i - i))) AS TIMESTAMP) AS c2"), expr("CAST(add_months(dt, i) AS TIMESTAMP)"), F.nullif(F.get(F.split(lit("x-y"), "[aeiou]"), 2), lit("Hello")).alias("c4")).where("(k <> -2L)")
OUTPUT_MODE = "append"
