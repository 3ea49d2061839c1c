from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((1000L <=> ((n - d) * m)) OR (n <= 0.001))").withColumn("c1", expr("round(n, 2)")).withColumn("c2", expr("(i BETWEEN 10 AND 3)")).withColumn("c3", expr("((i - i) * 5)"))
OUTPUT_MODE = "append"
