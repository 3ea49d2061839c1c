from pyspark.sql.functions import expr
df = spark.readStream.schema("id INT, s STRING").json(INPUT)
result = df.select("id", expr("from_json(s, 'a INT, b STRING') AS j"), expr("from_json(s, 'a INT', map('mode', 'PERMISSIVE')).a AS a"))
OUTPUT_MODE = "append"
