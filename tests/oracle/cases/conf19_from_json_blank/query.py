from pyspark.sql.functions import expr
df = spark.readStream.schema("s STRING, n INT").json(INPUT)
result = df.select("n", expr("from_json(s, 'a INT, b ARRAY<STRING>') AS st"), expr("from_json(s, 'ARRAY<INT>') AS ar"), expr("from_json(s, 'MAP<STRING, INT>') AS mp"))
OUTPUT_MODE = "append"
