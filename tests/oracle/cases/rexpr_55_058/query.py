from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(nvl2((m + m), ((NOT true) IS NOT NULL), true) OR (t < 'Hello'))").select("id", (F.months_between(col("dt"), col("ts")) >= col("d")).alias("c1"), expr("(id % nullif(j, 0)) AS c2"), expr("(m > (id - id))").alias("c3"), expr("length(CASE WHEN (f <= 0.5D) THEN ' ' WHEN b THEN s WHEN (j IS NOT NULL) THEN t END)"), expr("length(array_join(split(t, '[aeiou]'), '/'))")).where("coalesce((rpad(s, 6, '*') BETWEEN 'x-y' AND 'Hello'), true)")
OUTPUT_MODE = "append"
