from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("timestampdiff(HOUR, ts, ts)")).withColumn("c2", expr("array_union(array(vector_l2_distance(array(CAST(i AS FLOAT), 0.0F), array(3.0F, 4.0F)), CAST('NaN' AS DOUBLE), d), array(CAST('NaN' AS DOUBLE), 0.0D, -0.0D))")).withColumn("c3", F.array_insert(F.array(lit('a'), lit('b'), lit('c')), -1, col("t"))).withColumn("c4", expr("named_struct('x', i, 'y', array(t))")).withColumn("c5", expr("(trunc(add_months(dt, i), 'mon') IS NOT NULL)")).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
