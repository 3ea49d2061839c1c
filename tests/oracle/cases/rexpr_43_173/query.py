from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(((m % 7.5) BETWEEN 0.5 AND 100BD) OR (id <> -2L))").withColumn("c1", expr("(m IN (-3.10, 99.99))")).withColumn("c2", expr("(i - CASE WHEN (i IN (0, 0)) THEN i WHEN false THEN i ELSE i END)")).withColumn("c3", expr("coalesce(try_divide(j, j), 0.1D)")).withColumn("c4", expr("ceil((nullif(12.345, -3.10) - greatest(m, n, n)))")).withColumn("c5", expr("CAST(i AS BIGINT)")).drop("i", "k", "d", "f", "n", "s", "dt")
OUTPUT_MODE = "append"
