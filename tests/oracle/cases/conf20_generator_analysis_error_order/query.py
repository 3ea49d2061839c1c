from pyspark.sql.functions import expr
df = spark.readStream.schema("id INT, i INT, dt DATE").json(INPUT)
result = df.select("id", expr("dayname(i) AS c3"), expr("stack(2, dt, 1, dt)"))
OUTPUT_MODE = "append"
