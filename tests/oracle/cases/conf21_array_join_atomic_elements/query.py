from pyspark.sql.functions import expr
df = spark.readStream.schema("id INT, i INT, d DOUBLE, b BOOLEAN, dt DATE").json(INPUT)
result = df.select("id", expr("array_join(array(i, 2), ',') AS a"), expr("array_join(array(d, 1.5D), ';', 'N') AS b"), expr("array_join(array(b, true), '|') AS c"), expr("array_join(array(dt), ',') AS e"), expr("array_join(array(encode('x', 'utf-8')), ',') AS f"))
OUTPUT_MODE = "append"
