from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, k BIGINT, f FLOAT, i INT, m DECIMAL(10,2), d DOUBLE, ts TIMESTAMP, dt DATE, j INT, b BOOLEAN").json(INPUT)
result = df.filter("((rpad(lpad(s, 8, ' '), 3, ' ') IN ('é', 'abc', '')) OR (id >= 86400L))").withColumn("c1", expr("((CASE WHEN b THEN m WHEN (s <= '42') THEN m WHEN b THEN m ELSE 99.99 END / nullif(j, 0)) / nullif((99.99 / 10.5), 0))")).withColumn("c2", (col("s") >= F.try_element_at(F.split(col("s"), ","), lit(1)))).withColumn("m", expr("(m / nullif(m, 0))")).withColumn("c4", expr("concat_ws('-', try_element_at(split(s, '-'), 3), s)")).withColumn("c5", F.abs(F.greatest(col("i"), col("i"), col("i")))).drop("f", "d", "dt", "b").filter("((NOT (f < 0.1D)) OR (d < 0.5D))")
OUTPUT_MODE = "append"
