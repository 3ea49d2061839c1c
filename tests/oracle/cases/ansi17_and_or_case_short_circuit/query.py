from pyspark.sql.functions import col, expr
df = spark.readStream.schema("id INT, x INT").json(INPUT)
# AND / OR / CASE read their later operands only for the rows the earlier ones leave open
# (row by row in Spark): x = 0 never reaches the divisions (each appears once).
result = df.select("id", expr("x <> 0 AND 10 DIV x > 1").alias("a"), expr("x = 0 OR 20 DIV x > 1").alias("o"),
                   expr("CASE WHEN x = 0 THEN -1 WHEN 30 DIV x > 1 THEN 1 ELSE 0 END").alias("c")).where("x = 0 OR 100 DIV x > 10")
OUTPUT_MODE = "append"
