from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(12,4), d DOUBLE, t STRING, dt DATE, s STRING, ts TIMESTAMP, n DECIMAL(5,3), b BOOLEAN, i INT").json(INPUT)
result = df.where("((d > ascii(char(i))) OR (m >= 99.99))").withColumn("c1", expr("cosh(negative(vector_inner_product(array(CAST(power(i, 3 % 5) AS FLOAT), 1.5F), array(2.0F, CAST((i + i) AS FLOAT)))) / 100)")).withColumn("c2", expr("ceiling(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END)")).withColumn("c3", expr("sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1]")).withColumn("c4", (col("ts") - expr("INTERVAL '1-2' YEAR TO MONTH"))).withColumn("c5", expr("arrays_overlap(array(nullif(i, -1), dayofmonth(dt)), array(1, 2, nullif(i, -1)))")).select("id", "c1", "c2", "c3", "c4", "c5").filter("(c4 IS NOT NULL)")
OUTPUT_MODE = "append"
