from pyspark.sql.functions import expr
df = spark.readStream.schema("id INT, x STRING").json(INPUT)
result = df.select("id", expr("xpath_number(x, 'a/b * 2') AS twice"), expr("xpath_double(x, 'sum(a/b)') AS total"), expr("xpath_int(x, 'a/b[1] + 1') AS plus"))
OUTPUT_MODE = "append"
