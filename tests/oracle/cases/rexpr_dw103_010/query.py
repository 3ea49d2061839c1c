from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("try_subtract(least(d, 3.75D, 0.1D), CASE try_element_at(split(s, ' '), 2) WHEN 'é' THEN round(d, 0) WHEN '' THEN CASE WHEN (f >= 0.5D) THEN d WHEN b THEN d WHEN b THEN f ELSE f END ELSE f END)").alias("c1"), expr("(id + id) AS c2"), expr("(m - n)"), F.element_at(F.split(col("s"), " "), 3).alias("c4"), expr("levenshtein(concat(s, s, s), format_number(id, 0)) AS c5"), F.date_trunc("DAY", (col("ts") - expr("INTERVAL 36 HOURS"))))
OUTPUT_MODE = "append"
