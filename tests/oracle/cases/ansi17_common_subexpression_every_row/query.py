from pyspark.sql.functions import col, expr
df = spark.readStream.schema("id INT, x INT").json(INPUT)
# `10 DIV x > 1` appears in two columns: Spark computes a repeated sub-expression for every row
# (subexpression elimination), so AND / OR do not short-circuit it and x = 0 divides by zero.
result = df.select("id", expr("x <> 0 AND 10 DIV x > 1").alias("a"), expr("x = 0 OR 10 DIV x > 1").alias("o"),
                   expr("CASE WHEN x = 0 THEN -1 WHEN 10 DIV x > 1 THEN 1 ELSE 0 END").alias("c")).where("x = 0 OR 100 DIV x > 10")
OUTPUT_MODE = "append"
