from pyspark.sql.functions import expr
df = spark.readStream.schema("i INT").json(INPUT)
result = df.select(expr("map_from_entries(array(named_struct('k', 'a', 'v', i))) AS m"), expr("to_json(map_from_entries(array(named_struct('k', 'a', 'v', i)))) AS j"),
    expr("get_json_object(to_json(map_from_entries(array(named_struct('k', 'a', 'v', i)))), '$.a') AS g"),
    expr("to_json(map(1, array(i), 2, NULL)) AS j2"), expr("to_json(named_struct('m', map('x\"y', i), 'n', map(1.5D, named_struct('p', i)))) AS j3"))
OUTPUT_MODE = "append"
